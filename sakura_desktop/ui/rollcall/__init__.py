"""The emergency roll call window, its table model, its paper, and the controller that starts it
and notices roll calls started at other stations."""
