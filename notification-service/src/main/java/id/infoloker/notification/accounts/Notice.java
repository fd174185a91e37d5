package id.infoloker.notification.accounts;

/** What {@link NoticePolicy} decides an account event calls for. */
enum Notice {
    REGISTRATION_RECEIVED,
    ACCOUNT_VERIFIED,
    ACCOUNT_REJECTED,
    REVISION_REQUESTED,
    /** The person asked to be erased: delete what this service holds about them. */
    ERASE,
    /** Nothing to tell the person. */
    NONE
}
