# StorableDecimal moved from portal.validators to common.validators (apps layered one way). No schema change:
# the field is declared again with the validator's new home, so that later migrations name it there.

import common.validators
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0014_dashboard_count_indexes"),
    ]

    operations = [
        migrations.AlterField(
            model_name="targetvalue",
            name="value",
            field=models.DecimalField(
                decimal_places=4,
                max_digits=20,
                validators=[common.validators.StorableDecimal()],
                verbose_name="value achieved",
            ),
        ),
    ]
