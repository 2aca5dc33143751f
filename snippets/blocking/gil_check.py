import sys
import sysconfig

free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
print(f"free-threaded build: {free_threaded}")
print(f"GIL enabled: {sys._is_gil_enabled()}")
