"""moto's server, as `moto_server` runs it, with one fix to what it sends.

moto answers SES v2 `CreateEmailIdentity`/`GetEmailIdentity` of a domain identity created with
`DkimSigningAttributes` with Easy DKIM `SUCCESS` and a `LastKeyGenerationTimestamp` written as an
ISO 8601 string. SES's REST-JSON protocol sends timestamps as epoch seconds, and the Rust SDK
refuses the string (the whole response fails to parse). This writes the timestamp as SES does;
nothing else changes (README, Known emulator limits).
"""

import sys
import time

from moto.server import main
from moto.ses import models

_created = models.EmailIdentity.__init__


def _created_with_epoch_timestamp(self, *args, **kwargs):
    _created(self, *args, **kwargs)
    if "LastKeyGenerationTimestamp" in self.dkim_attributes:
        self.dkim_attributes["LastKeyGenerationTimestamp"] = time.time()


models.EmailIdentity.__init__ = _created_with_epoch_timestamp

if __name__ == "__main__":
    sys.exit(main())
