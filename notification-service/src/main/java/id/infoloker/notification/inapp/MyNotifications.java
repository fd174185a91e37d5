package id.infoloker.notification.inapp;

import java.util.List;

/** The owner's in-app notifications: how many are unread (all of them, not just this page), newest first. */
record MyNotifications(long unread, List<NotificationView> items) {
}
