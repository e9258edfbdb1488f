"""The Schedule screen: the week view, conflicts, session editing, rotations, import and export."""
