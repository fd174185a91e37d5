package id.infoloker.notification.templates;

/** A notification in one language: the title (email subject) and the body. */
public record RenderedText(String title, String body) {
}
