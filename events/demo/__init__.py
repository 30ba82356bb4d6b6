"""Demo events: every event and activity the seed documents mention, loaded with the rest of `load_demo`."""
