"""The back office: Flask-Admin views where staff follow debtors and complete contacts."""
