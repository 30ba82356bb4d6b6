"""Offers as spreadsheets: German columns like the Dorsten listing, checked in full before anything is written."""
