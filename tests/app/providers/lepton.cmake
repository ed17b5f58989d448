# Tests of the lepton adapter.
