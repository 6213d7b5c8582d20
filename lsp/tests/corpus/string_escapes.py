print("tab\there", 'q\'s', "\u00e9", "\x41", "\101", "\N" if False else "")
