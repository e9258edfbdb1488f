"""`python -m sakura_desktop` is the same as the `sakura-desktop` command."""

import sys

from sakura_desktop.cli import main

sys.exit(main())
