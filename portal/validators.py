"""Where StorableDecimal lived before it moved to `common.validators` (the layering: tasks and reports may not import
portal). Kept because migrations reports 0006 and tasks 0007, which deployed databases have already run, import it
from here; a squash that drops those migrations may drop this module too."""

from common.validators import StorableDecimal

__all__ = ["StorableDecimal"]
