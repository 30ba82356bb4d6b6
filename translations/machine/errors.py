class MachineTranslationUnavailable(Exception):
    """No machine translation now: not configured, a language the service lacks, or the service failed."""
