"""Import path of the default extractor (``spectron_core._extract._rules.RuleExtractor``)."""

from ._rule_based import RuleExtractor

__all__ = ["RuleExtractor"]
