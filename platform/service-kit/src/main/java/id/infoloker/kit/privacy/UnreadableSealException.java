package id.infoloker.kit.privacy;

import id.infoloker.kit.inbox.MalformedEventException;

/** A sealed value that no key we hold opens: altered, or sealed for someone else. A record carrying it is malformed. */
public class UnreadableSealException extends MalformedEventException {

    public UnreadableSealException(String why) {
        super("Sealed personal data cannot be opened: " + why);
    }
}
