-- "Laporkan lowongan" reports as the labour-market report counts them (vacancy.reported.v1): the reason and when,
-- never who reported or what they wrote.
CREATE TABLE report_vacancy_report (
    report_id   uuid PRIMARY KEY,
    vacancy_id  uuid NOT NULL,
    reason_code varchar(40) NOT NULL,
    reported_at timestamptz NOT NULL
);
CREATE INDEX report_vacancy_report_at ON report_vacancy_report (reported_at);
