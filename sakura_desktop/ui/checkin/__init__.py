"""The Check-in screen: scanner, camera and name search in; a big coloured answer out."""
