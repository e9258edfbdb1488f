"""The main window and its pieces: menus and actions, sidebar, program switcher, status bar."""
