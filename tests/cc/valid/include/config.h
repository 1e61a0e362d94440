/* config.h - feature switches consumed by #if in pp_ tests. */
#define CONFIG_LEVEL 2
#define CONFIG_NAME "groundup"
#define CONFIG_FEATURE_X 1
#undef CONFIG_FEATURE_Y
