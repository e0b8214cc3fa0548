# target_sources(foundry_http PRIVATE ...) for this endpoint group's files
