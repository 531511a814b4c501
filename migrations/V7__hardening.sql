-- Resume parsing that cannot cycle forever.
--
-- parse_attempts counts parses that began (committed before the parser reads the file), so a
-- file that kills the parser (out of memory, Lambda timeout) is seen on its next delivery and
-- ends `failed` after two attempts, instead of cycling to the dead-letter queue while its row
-- stays `processing`.
ALTER TABLE resumes ADD COLUMN parse_attempts integer NOT NULL DEFAULT 0
    CHECK (parse_attempts >= 0);

-- The hourly sweep looks only at rows still `processing`: few, and all recent.
CREATE INDEX resumes_processing ON resumes (created_at) WHERE status = 'processing';
