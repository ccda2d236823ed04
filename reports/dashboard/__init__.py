"""Leadership dashboard, agency scorecard, targets and their server-rendered charts."""
