"""The pages of the main window, built from the vocabulary in ui/framework."""
