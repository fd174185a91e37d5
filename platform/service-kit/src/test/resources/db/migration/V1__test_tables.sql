CREATE TABLE closed_vacancy (id uuid PRIMARY KEY, reason varchar(50) NOT NULL);
CREATE TABLE observed_closing (vacancy_id uuid NOT NULL);
