"""Review and unit-report documents: one neutral layout (:mod:`.layout`) written as DOCX
(python-docx) and typeset as PDF (Typst), rendered off the event loop (:mod:`.run`)."""
