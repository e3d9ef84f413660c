"""The chat pages: the board, a chat's page built from its panels (page.py), and every view
that changes a chat and shows its page again. Not a Django app: the models are the
conversations and outreach apps'; the templates stay in conversations/templates."""
