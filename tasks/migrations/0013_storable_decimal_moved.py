# StorableDecimal moved from portal.validators to common.validators (apps layered one way). No schema change:
# the fields are declared again with the validator's new home, so that later migrations name it there.

import common.validators
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("tasks", "0012_dashboard_count_indexes"),
    ]

    operations = [
        migrations.AlterField(
            model_name="target",
            name="baseline_value",
            field=models.DecimalField(
                blank=True,
                decimal_places=4,
                max_digits=20,
                null=True,
                validators=[common.validators.StorableDecimal()],
                verbose_name="baseline value",
            ),
        ),
        migrations.AlterField(
            model_name="target",
            name="target_value",
            field=models.DecimalField(
                decimal_places=4,
                max_digits=20,
                validators=[common.validators.StorableDecimal()],
                verbose_name="target value",
            ),
        ),
    ]
