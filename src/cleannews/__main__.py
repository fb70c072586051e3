"""`python -m cleannews`: the same command as `cleannews`."""

from cleannews.cli import main

main(prog_name="cleannews")
