"""newsdesk: news items in, checked English articles out."""
