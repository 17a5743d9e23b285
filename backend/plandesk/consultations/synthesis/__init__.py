"""What a consultation received: synthesis, its publication, and the exports."""
