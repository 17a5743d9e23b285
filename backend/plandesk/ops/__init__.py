"""Operations: the admin status page and the Prometheus scrape endpoint."""
