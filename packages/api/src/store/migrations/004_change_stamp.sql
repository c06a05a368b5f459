-- A counter every statement that changes clinics, policies or versions raises inside its own transaction, so a reader
-- that sees the counter unchanged knows no change has committed since (the response cache of every replica reads it).
CREATE TABLE change_stamp (id boolean PRIMARY KEY DEFAULT true CHECK (id), n bigint NOT NULL);
INSERT INTO change_stamp (n) VALUES (0);

CREATE FUNCTION bump_change_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE change_stamp SET n = n + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER clinic_change_stamp AFTER INSERT OR UPDATE OR DELETE ON clinic FOR EACH STATEMENT EXECUTE FUNCTION bump_change_stamp();
CREATE TRIGGER policy_change_stamp AFTER INSERT OR UPDATE OR DELETE ON policy FOR EACH STATEMENT EXECUTE FUNCTION bump_change_stamp();
CREATE TRIGGER policy_version_change_stamp AFTER INSERT OR UPDATE OR DELETE ON policy_version FOR EACH STATEMENT EXECUTE FUNCTION bump_change_stamp();
