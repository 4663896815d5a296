"""Framework adapters (LangChain/LangGraph, LlamaIndex, Mem0) over ``spectron_core``'s public API.

The adapters land with their own issue; this package exists now so the distribution layout (one
distribution, two import packages) is fixed from the start.
"""
