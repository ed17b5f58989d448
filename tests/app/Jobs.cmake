# Tests of app/jobs.
