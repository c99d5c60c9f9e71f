-- 往期 shows each issue with a thumbnail: its lead story's photo, or the first of its front 版's
-- (core/model.ts IssueEntry.thumb), as JSON; NULL when the issue has no photo.
ALTER TABLE editions ADD COLUMN thumb TEXT;
