"""The Print screen: badges, notebooks, itineraries, sign-in sheets, certificates, door signs."""
