-- A submitted assessment is a record: its answers cannot change by any path, not even a
-- forgotten check in the application. Reopening (status 'reopened') makes them editable again.
CREATE TRIGGER answers_final_on_insert BEFORE INSERT ON answers
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'answers of a submitted assessment cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER answers_final_on_update BEFORE UPDATE ON answers
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'submitted'
  OR (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'answers of a submitted assessment cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER answers_final_on_delete BEFORE DELETE ON answers
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'answers of a submitted assessment cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER answer_history_append_only BEFORE UPDATE ON answer_history
BEGIN
  SELECT RAISE(ABORT, 'answer history is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER answer_history_no_delete BEFORE DELETE ON answer_history
WHEN (SELECT count(*) FROM assessments WHERE id = OLD.assessment_id) > 0
BEGIN
  SELECT RAISE(ABORT, 'answer history is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER score_snapshots_final BEFORE DELETE ON score_snapshots
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'the scores of a submitted assessment cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER score_snapshots_final_update BEFORE UPDATE ON score_snapshots
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'the scores of a submitted assessment cannot change');
END;
