"""Journal exchange in the GUI: the folder sync controller and the sync status."""
