"""Demo data for four real towns (Delmenhorst, Dorsten, Dortmund, Magdeburg), loaded by `manage.py load_demo`.

The data modules hold plain lists of dicts taken from the seed documents in the product brief; `loader`
turns them into rows. Only public office contacts appear, never a private person's address or name.
"""
