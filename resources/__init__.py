"""Assets shipped with Sakura Desktop: fonts, icons, sounds (see LICENSES in each folder)."""
