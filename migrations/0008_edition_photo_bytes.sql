-- 下载本期 says what keeping an issue costs: besides its JSON (bytes), the images a phone keeps
-- with it, its printed pages' and photos' (core/offline/kept-size.ts), measured at publish.
ALTER TABLE editions ADD COLUMN photo_bytes INTEGER;
