package id.infoloker.notification.preferences;

/**
 * Which channels besides the in-app inbox (always on) a person wants.
 *
 * @param email on by default: free, and most people registered with an address
 * @param sms   SMS/WhatsApp, off by default: it costs the regency money per message
 */
public record ChannelChoice(boolean email, boolean sms) {

    public static final ChannelChoice DEFAULT = new ChannelChoice(true, false);
}
