"""Message templates, the composer and sending (models come with the composer)."""
