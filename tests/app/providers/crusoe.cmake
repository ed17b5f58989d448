# Tests of the crusoe adapter.
