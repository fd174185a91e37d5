-- Sign-in throttling per client address (auth.LoginThrottle) replaces the per-account lock-out: a lock per account let
-- anyone keep a person out of their account, and its 423 told that the account existed.
DROP TABLE login_lockout;

CREATE TABLE login_throttle (
    -- 'client:' + SHA-256 of the client address, or 'guess:' + SHA-256 of address and normalised username.
    key              varchar(80)  PRIMARY KEY,
    -- Attempts admitted in the current window (a successful sign-in takes its attempt back).
    attempts         integer      NOT NULL,
    window_start     timestamptz  NOT NULL,
    -- A client slowed down may not try again before this.
    next_attempt_at  timestamptz
);

CREATE INDEX login_throttle_window ON login_throttle (window_start);
