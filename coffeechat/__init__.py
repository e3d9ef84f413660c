"""coffeechat: run an informational-interview campaign from one command."""

__version__ = "0.1.0"
