-- PARTIALLY_ADOPTED (17 characters) did not fit the decision column: answering a petition with a
-- partial adoption failed. Found by the demo content, whose answered petition is partly adopted.
alter table petition_petition alter column decision type varchar(32);
