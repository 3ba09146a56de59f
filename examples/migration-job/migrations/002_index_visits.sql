CREATE INDEX IF NOT EXISTS visits_visited_at ON visits (visited_at);
