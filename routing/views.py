"""Questionnaire, advice pages and the advice API."""
